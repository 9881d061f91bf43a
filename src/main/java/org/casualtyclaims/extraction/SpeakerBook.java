package org.casualtyclaims.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The speakers an article has named so far, so later mentions resolve to the first full
 * one: "Zelensky" to "Volodymyr Zelensky", "he" to the last person, "the ministry" to the
 * last speaker with "ministry" in its name, "the NIS" to "National Intelligence Service",
 * and a role given in apposition ("the mission's head, Danielle Bell") to its holder.
 */
final class SpeakerBook {

	private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");

	private static final Set<String> GROUP_PRONOUNS = Set.of("they", "it", "we");

	private final List<String> names = new ArrayList<>();

	private final Map<String, String> roles = new HashMap<>();

	private String lastPerson;

	private String lastGroup;

	/**
	 * The canonical form of a mention, remembering it; null for an unresolved pronoun.
	 */
	String resolve(String mention) {
		String lower = mention.toLowerCase(Locale.ROOT);
		if (PERSON_PRONOUNS.contains(lower)) {
			return this.lastPerson;
		}
		if (GROUP_PRONOUNS.contains(lower)) {
			return this.lastGroup;
		}
		String known = known(mention);
		String name = (known != null) ? known : mention;
		remember(name);
		return name;
	}

	/**
	 * Records that {@code role} (such as "monitor" or "head") stands for {@code name}.
	 */
	void role(String role, String name) {
		this.roles.put(role.toLowerCase(Locale.ROOT), name);
	}

	static boolean isPronounWord(String lower) {
		return PERSON_PRONOUNS.contains(lower) || GROUP_PRONOUNS.contains(lower);
	}

	private String known(String mention) {
		String lower = mention.toLowerCase(Locale.ROOT);
		String role = this.roles.get(lower);
		if (role != null) {
			return role;
		}
		for (int i = this.names.size() - 1; i >= 0; i--) {
			String name = this.names.get(i);
			String nameLower = name.toLowerCase(Locale.ROOT);
			boolean capitalizedPart = Character.isUpperCase(mention.charAt(0))
					&& (" " + nameLower + " ").contains(" " + lower + " ");
			if (nameLower.equals(lower) || capitalizedPart || isAcronymOf(mention, name)) {
				return name;
			}
		}
		if (Character.isLowerCase(mention.charAt(0))) {
			// "the ministry", "the spy agency": the last speaker of that kind, else the
			// last
			// body that spoke at all
			String head = lower.substring(lower.lastIndexOf(' ') + 1);
			for (int i = this.names.size() - 1; i >= 0; i--) {
				if (this.names.get(i).toLowerCase(Locale.ROOT).contains(head)) {
					return this.names.get(i);
				}
			}
			// a bare "the army" is the body last heard from; "the civil defence agency"
			// is
			// a body of its own
			return lower.contains(" ") ? null : this.lastGroup;
		}
		return null;
	}

	private static boolean isAcronymOf(String mention, String name) {
		if (mention.length() < 2 || !mention.chars().allMatch(Character::isUpperCase)) {
			return false;
		}
		StringBuilder initials = new StringBuilder();
		for (String word : name.split("[ -]")) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString().endsWith(mention);
	}

	private void remember(String name) {
		this.names.remove(name);
		this.names.add(name);
		if (SpeakerPhrases.isPerson(name)) {
			this.lastPerson = name;
		}
		else {
			this.lastGroup = name;
		}
	}

	/**
	 * Remembers a group that spoke without a claim, such as the military of "IDF
	 * soldiers".
	 */
	void mentionGroup(String name) {
		if (this.lastGroup == null) {
			this.lastGroup = name;
		}
	}

}
