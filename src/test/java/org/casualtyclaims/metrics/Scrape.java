package org.casualtyclaims.metrics;

import java.util.Arrays;
import java.util.Map;
import java.util.OptionalDouble;

/** One scrape of {@code /actuator/prometheus}, in Prometheus' text format. */
record Scrape(String text) {

	/** Whether a sample of this metric (any labels) is present. */
	boolean has(String metric) {
		return this.text.lines().anyMatch((line) -> line.startsWith(metric + "{") || line.startsWith(metric + " "));
	}

	/** The value of the sample of {@code metric} carrying all these labels, if any. */
	OptionalDouble value(String metric, Map<String, String> labels) {
		return this.text.lines()
			.filter((line) -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
			.filter((line) -> labels.entrySet()
				.stream()
				.allMatch((label) -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")))
			.mapToDouble((line) -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst();
	}

	double value(String metric, String... labelPairs) {
		Map<String, String> labels = new java.util.HashMap<>();
		for (int i = 0; i + 1 < labelPairs.length; i += 2) {
			labels.put(labelPairs[i], labelPairs[i + 1]);
		}
		return value(metric, labels)
			.orElseThrow(() -> new AssertionError("no sample " + metric + Arrays.toString(labelPairs) + " in:\n"
					+ this.text.lines().filter((line) -> line.startsWith(metric)).toList()));
	}

}
