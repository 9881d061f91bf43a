import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.casualtyclaims.extraction.Candidate;
import org.casualtyclaims.extraction.ClaimExtractor;

/**
 * Times claim extraction of a 20,000-character article: the test corpus's articles
 * joined until the text is that long. Bounded: at most WARMUP + RUNS extractions and
 * MAX_SECONDS of wall time. Prints the median, p95 and worst run in milliseconds.
 */
public class ExtractionBench {

	public static void main(String[] args) throws Exception {
		int length = Integer.parseInt(System.getenv().getOrDefault("LENGTH", "20000"));
		int warmup = Integer.parseInt(System.getenv().getOrDefault("WARMUP", "200"));
		int runs = Integer.parseInt(System.getenv().getOrDefault("RUNS", "500"));
		long deadline = System.nanoTime() + Long.parseLong(System.getenv().getOrDefault("MAX_SECONDS", "60")) * 1_000_000_000L;
		String text = article(length);
		LocalDate published = LocalDate.parse("2025-01-10");

		long first = System.nanoTime();
		int found = ClaimExtractor.extract(text, published, "Wire").size();
		double firstMs = (System.nanoTime() - first) / 1e6;
		for (int i = 0; i < warmup && System.nanoTime() < deadline; i++) {
			ClaimExtractor.extract(text, published, "Wire");
		}
		// CPU time as well as wall time: on a shared machine the wall clock also counts
		// the time other processes held the cores
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		List<Double> times = new ArrayList<>();
		List<Double> cpu = new ArrayList<>();
		for (int i = 0; i < runs && System.nanoTime() < deadline; i++) {
			long start = System.nanoTime();
			long startCpu = threads.getCurrentThreadCpuTime();
			List<Candidate> candidates = ClaimExtractor.extract(text, published, "Wire");
			times.add((System.nanoTime() - start) / 1e6);
			cpu.add((threads.getCurrentThreadCpuTime() - startCpu) / 1e6);
			if (candidates.size() != found) {
				throw new IllegalStateException("not deterministic");
			}
		}
		double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		double[] sortedCpu = cpu.stream().mapToDouble(Double::doubleValue).sorted().toArray();
		int p95 = (int) Math.ceil(sorted.length * 0.95) - 1;
		System.out.printf("text=%d chars candidates=%d first=%.1f ms runs=%d%n", text.length(), found, firstMs,
				sorted.length);
		System.out.printf("wall: median=%.2f ms p95=%.2f ms max=%.2f ms%n", sorted[sorted.length / 2], sorted[p95],
				sorted[sorted.length - 1]);
		System.out.printf("cpu:  median=%.2f ms p95=%.2f ms max=%.2f ms (target < 50 ms: %s)%n",
				sortedCpu[sortedCpu.length / 2], sortedCpu[p95], sortedCpu[sortedCpu.length - 1],
				sortedCpu[sortedCpu.length / 2] < 50 ? "met" : "NOT met");
	}

	private static String article(int length) throws Exception {
		List<Path> files;
		try (Stream<Path> list = Files.list(Path.of("src/test/resources/extraction/corpus"))) {
			files = list.filter((p) -> p.toString().endsWith(".txt")).sorted().toList();
		}
		StringBuilder text = new StringBuilder();
		while (text.length() < length) {
			for (Path file : files) {
				text.append(Files.readString(file)).append("\n\n");
				if (text.length() >= length) {
					break;
				}
			}
		}
		return text.substring(0, length);
	}

}
