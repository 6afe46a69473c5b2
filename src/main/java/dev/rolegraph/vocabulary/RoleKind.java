package dev.rolegraph.vocabulary;

import java.util.Arrays;
import java.util.List;

/** Whether a role node is a job one person holds or a team; the schema's {@code RoleKind}, stored as its name. */
public enum RoleKind {

	ROLE, TEAM;

	/** Every kind's stored name. */
	public static List<String> names() {
		return Arrays.stream(values()).map(Enum::name).toList();
	}

	/** Whether {@code value} is a kind's stored name. */
	public static boolean known(String value) {
		return names().contains(value);
	}

}
