package org.casualtyclaims.claim;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The append-only history of claims. */
interface ClaimRevisionRepository extends JpaRepository<ClaimRevision, ClaimRevision.Key> {

	List<ClaimRevision> findByClaimIdOrderByVersionAsc(UUID claimId);

}
