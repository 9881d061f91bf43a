package org.casualtyclaims.claim;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Claims in PostgreSQL; listings go through {@link ClaimListing}. */
interface ClaimRepository extends JpaRepository<Claim, UUID> {

	List<Claim> findByReportIdOrderByCreatedAtAscIdAsc(UUID reportId);

	/** How many claims came with each report: one query for a whole page of reports. */
	@Query("select c.reportId, count(c) from Claim c where c.reportId in :reportIds group by c.reportId")
	List<Object[]> countByReport(Collection<UUID> reportIds);

	/** Locks the row until the transaction ends, so concurrent writers queue up. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Claim c where c.id = :id")
	Optional<Claim> findForUpdate(UUID id);

}
