package org.casualtyclaims.claim;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Claims in PostgreSQL; listings go through {@link ClaimListing}. */
public interface ClaimRepository extends JpaRepository<Claim, UUID> {

	List<Claim> findByReportIdOrderByCreatedAtAscIdAsc(UUID reportId);

	/** Locks the row until the transaction ends, so concurrent writers queue up. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Claim c where c.id = :id")
	Optional<Claim> findForUpdate(UUID id);

}
