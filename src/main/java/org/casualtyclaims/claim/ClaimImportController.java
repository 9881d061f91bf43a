package org.casualtyclaims.claim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.HttpMediaTypeNotSupportedException;

import org.casualtyclaims.idempotency.IdempotentExecutor;
import org.casualtyclaims.web.TransferFormat;
import org.casualtyclaims.web.CurrentActor;

/**
 * {@code POST /api/v1/claims/import}: claims from CSV, every row or none (or, with
 * {@code mode=partial}, the valid ones). The body is first spooled to a temporary file
 * while its SHA-256 is taken, because an {@code Idempotency-Key} compares bodies and is
 * reserved before the write, in the write's transaction, like every other POST. With
 * {@code Accept: application/x-ndjson} the answer streams progress (see
 * {@link ImportProgress}).
 */
@RestController
@RequestMapping("/api/v1/claims/import")
class ClaimImportController {

	private final ClaimImporter importer;

	private final IdempotentExecutor idempotent;

	private final CurrentActor actor;

	private final ImportProgress progress;

	ClaimImportController(ClaimImporter importer, IdempotentExecutor idempotent, CurrentActor actor,
			ImportProgress progress) {
		this.importer = importer;
		this.idempotent = idempotent;
		this.actor = actor;
		this.progress = progress;
	}

	// keeps the servlet request and response: the CSV is spooled from the request's
	// stream, and progress lines go out on the response's while the import runs
	@PostMapping(consumes = TransferFormat.CSV_VALUE)
	@Operation(operationId = "importClaims", summary = "Import claims from CSV",
			description = "A header row of claim field names, then one claim a row, each validated as POST /claims. "
					+ "All or nothing unless mode=partial, which stores the valid rows and reports the rest. "
					+ "Accept: application/x-ndjson streams progress lines before the result.")
	void importCsv(@RequestParam(required = false) String mode,
			@RequestHeader(name = IdempotentExecutor.HEADER, required = false) String idempotencyKey,
			HttpServletRequest request, HttpServletResponse response)
			throws IOException, HttpMediaTypeNotSupportedException {
		requireUtf8(request);
		ImportMode importMode = ImportMode.parse(mode);
		// admins restore: they keep createdAt and createdBy; others import as themselves
		boolean keepProvenance = request.isUserInRole("ADMIN");
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		boolean streamed = accept != null && accept.contains(TransferFormat.NDJSON_VALUE);
		Path spool = Files.createTempFile("claims-import-", ".csv");
		try {
			String sha256 = spool(request.getInputStream(), spool);
			ImportProgress.Answer answer = streamed ? this.progress.streamed(response) : this.progress.plain(response);
			answer.run(() -> this.idempotent.execute(idempotencyKey, "POST /api/v1/claims/import",
					new Fingerprint(importMode.wireName(), sha256, keepProvenance), ImportResult.class, () -> {
						try (InputStream in = Files.newInputStream(spool)) {
							return ResponseEntity.ok(this.importer.run(in, importMode, this.actor.name(),
									keepProvenance, answer::progress));
						}
						catch (IOException ex) {
							throw new java.io.UncheckedIOException(ex);
						}
					}));
		}
		finally {
			Files.deleteIfExists(spool);
		}
	}

	// what an export writes, and what spreadsheets offer as "CSV UTF-8"
	private static void requireUtf8(HttpServletRequest request) throws HttpMediaTypeNotSupportedException {
		// the header as sent: the servlet's own encoding is forced to UTF-8 by Boot
		MediaType sent = MediaType.parseMediaType(request.getHeader(HttpHeaders.CONTENT_TYPE));
		if (sent.getCharset() != null && !StandardCharsets.UTF_8.equals(sent.getCharset())) {
			throw new HttpMediaTypeNotSupportedException(sent,
					List.of(MediaType.parseMediaType("text/csv;charset=utf-8")));
		}
	}

	/** What "the same request" means for an import's Idempotency-Key. */
	record Fingerprint(String mode, String sha256, boolean restore) {
	}

	private static String spool(InputStream body, Path file) throws IOException {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		try (InputStream in = new DigestInputStream(body, sha256); OutputStream out = Files.newOutputStream(file)) {
			in.transferTo(out);
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

}
