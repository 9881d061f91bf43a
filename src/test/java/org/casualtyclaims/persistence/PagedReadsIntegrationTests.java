package org.casualtyclaims.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import org.casualtyclaims.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page and its total on PostgreSQL: from the page itself where it tells, from a count
 * otherwise, and always from one snapshot, whatever commits in between.
 */
@ApiTest
class PagedReadsIntegrationTests {

	private static final String SELECT = "select n from paged_reads_probe where tag = :tag order by n";

	private static final String COUNT = "select count(*) from paged_reads_probe where tag = :tag";

	@Autowired
	PagedReads pages;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	private String tag;

	@BeforeEach
	void probeRows() {
		this.jdbc.execute("create table if not exists paged_reads_probe (tag text not null, n int not null)");
		this.tag = UUID.randomUUID().toString();
		for (int n = 1; n <= 5; n++) {
			this.jdbc.update("insert into paged_reads_probe (tag, n) values (?, ?)", this.tag, n);
		}
	}

	private RowPage<Integer> read(int page, int size) {
		return this.pages.read(SELECT, COUNT, Map.of("tag", this.tag), page, size, (rs, row) -> rs.getInt("n"));
	}

	@Test
	void aFullPageCountsTheRest() {
		assertThat(read(0, 2)).isEqualTo(new RowPage<>(List.of(1, 2), 5, 0, 2));
		assertThat(read(1, 2).items()).containsExactly(3, 4);
		assertThat(read(1, 2).total()).isEqualTo(5);
	}

	@Test
	void aShortPageTellsTheTotal() {
		assertThat(read(2, 2)).isEqualTo(new RowPage<>(List.of(5), 5, 2, 2));
		assertThat(read(0, 10)).isEqualTo(new RowPage<>(List.of(1, 2, 3, 4, 5), 5, 0, 10));
	}

	@Test
	void aPagePastTheEndIsEmptyWithTheTotal() {
		assertThat(read(7, 2)).isEqualTo(new RowPage<>(List.of(), 5, 7, 2));
	}

	@Test
	void aRowCommittedBetweenPageAndCountIsNotCounted() {
		AtomicBoolean written = new AtomicBoolean();
		RowPage<Integer> page = this.pages.read(SELECT, COUNT, Map.of("tag", this.tag), 0, 2, (rs, row) -> {
			// another connection commits while the page is being read, before the count
			if (written.compareAndSet(false, true)) {
				insertElsewhere(6);
			}
			return rs.getInt("n");
		});
		assertThat(written).isTrue();
		assertThat(page.total()).as("the page's snapshot").isEqualTo(5);
		assertThat(read(0, 2).total()).as("a later snapshot").isEqualTo(6);
	}

	// on a connection of its own, outside the reader's transaction
	private void insertElsewhere(int n) {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement insert = connection
					.prepareStatement("insert into paged_reads_probe (tag, n) values (?, ?)")) {
			connection.setAutoCommit(true);
			insert.setString(1, this.tag);
			insert.setInt(2, n);
			insert.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
