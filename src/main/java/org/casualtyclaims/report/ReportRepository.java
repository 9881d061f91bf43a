package org.casualtyclaims.report;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Reports in PostgreSQL; their claims are the claim feature's ({@code ClaimService}). */
interface ReportRepository extends JpaRepository<Report, UUID> {

}
