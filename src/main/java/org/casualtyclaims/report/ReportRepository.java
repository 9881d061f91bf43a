package org.casualtyclaims.report;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Reports in PostgreSQL. */
interface ReportRepository extends JpaRepository<Report, UUID> {

	/** How many claims came with each report: one query for a whole page. */
	@Query("select c.reportId, count(c) from Claim c where c.reportId in :reportIds group by c.reportId")
	List<Object[]> countClaimsByReport(Collection<UUID> reportIds);

}
