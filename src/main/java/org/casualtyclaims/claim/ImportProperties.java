package org.casualtyclaims.claim;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code POST /api/v1/claims/import}.
 *
 * @param maxSize the largest CSV body; more is 413
 * @param batchSize rows stored per insert statement
 * @param statementTimeout the statement timeout inside an import's transaction, in place
 * of {@code claims.database.statement-timeout}: bringing a million claims' series up to
 * date at commit is one statement that takes longer than any single read should
 * @param progressEvery rows between two progress lines of a streamed import
 */
@ConfigurationProperties("claims.import")
public record ImportProperties(@DefaultValue("512MB") DataSize maxSize, @DefaultValue("1000") int batchSize,
		@DefaultValue("10m") Duration statementTimeout, @DefaultValue("10000") int progressEvery) {

	public ImportProperties {
		if (batchSize < 1 || progressEvery < 1) {
			throw new IllegalArgumentException("claims.import.batch-size and progress-every must be at least 1");
		}
	}

}
