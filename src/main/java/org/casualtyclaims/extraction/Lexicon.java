package org.casualtyclaims.extraction;

import java.util.Set;

/**
 * The words the extractor decides by: who can be counted, what cannot, and which words
 * hedge a figure. Kept in one place so a new trap is one line.
 */
final class Lexicon {

	/** Nouns for people, which a casualty figure counts. */
	static final Set<String> PEOPLE = Set.of("soldiers", "soldier", "troops", "servicemen", "serviceman",
			"servicemembers", "people", "person", "persons", "civilians", "civilian", "fighters", "fighter",
			"militants", "militant", "combatants", "personnel", "men", "women", "children", "child", "residents",
			"officers", "marines", "paratroopers", "mercenaries", "conscripts", "recruits", "insurgents", "rebels",
			"rebel", "policemen", "police", "guerrillas", "terrorists", "others", "hostages", "captives", "prisoners",
			"pows", "palestinians", "israelis", "ukrainians", "russians", "sailors", "pilots", "members", "workers",
			"volunteers", "journalists", "staff", "medics", "patients", "wounded", "dead", "killed", "injured",
			"casualties", "fatalities", "deaths", "bodies");

	/** Nouns that make a number something other than a count of people. */
	static final Set<String> NOT_PEOPLE = Set.of("tanks", "tank", "vehicles", "vehicle", "villages", "village",
			"settlements", "towns", "town", "cities", "homes", "houses", "buildings", "targets", "locations",
			"provinces", "outposts", "drones", "missiles", "rockets", "shells", "munitions", "launchers", "guns",
			"howitzers", "aircraft", "planes", "helicopters", "ships", "boats", "systems", "strikes", "attacks", "km",
			"kilometres", "kilometers", "miles", "metres", "meters", "square", "hectares", "tonnes", "tons", "years",
			"year", "months", "month", "weeks", "week", "days", "day", "hours", "hour", "minutes", "percent", "per",
			"%", "dollars", "euros", "pounds", "rubles", "roubles", "hryvnias", "stations", "positions", "bombs",
			"rounds", "times", "am", "pm", "a.m.", "p.m.", "brigades", "battalions", "exchanges", "trucks", "bridges",
			"points");

	static final Set<String> AT_LEAST = Set.of("at least", "more than", "over", "in excess of", "upwards of",
			"no fewer than", "no less than", "a minimum of", "above");

	static final Set<String> AT_MOST = Set.of("up to", "as many as", "no more than", "fewer than", "less than", "under",
			"at most", "a maximum of");

	static final Set<String> APPROXIMATELY = Set.of("about", "around", "approximately", "roughly", "some", "nearly",
			"almost", "an estimated", "estimated", "close to", "just under", "just over", "approx.", "some estimated",
			"an approximate", "more or less");

	/** Words after a figure that make it a difference, not a count ("200 more than"). */
	static final Set<String> DERIVED_AFTER = Set.of("more than", "fewer than", "less than", "higher than", "lower than",
			"up from", "down from", "above the", "below the");

	/** Words before a figure that make it a difference or an old, replaced number. */
	static final Set<String> DERIVED_BEFORE = Set.of("increase of", "rise of", "up by", "down by", "drop of", "jump of",
			"increased by", "rose by", "fell by", "earlier count of", "previous count of", "earlier estimate of",
			"previous estimate of", "earlier figure of", "previous figure of", "earlier toll of", "previous toll of",
			"revised from", "from");

	/** Money written before the figure. */
	static final Set<String> CURRENCY = Set.of("$", "€", "£", "us$", "usd", "eur", "gbp", "¥");

	/** Verbs that move people without making them casualties ("swapped 75 prisoners"). */
	static final Set<String> NOT_CASUALTY_VERBS = Set.of("swapped", "exchanged", "freed", "released", "returned",
			"repatriated", "evacuated", "rescued", "fled", "displaced", "live", "lives", "recruited", "trained");

	private Lexicon() {
	}

}
