import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;

/**
 * rolegraph's role page statement (read from its class) sent by the driver alone, as rolegraph sends it (auto-commit,
 * READ), for the ids in role.jsonl in turn, one at a time: p50 and p99 of each round. With "statement" as the only
 * argument it writes the statement to standard output instead.
 */
public class DriverBaseline {

	public static void main(String[] args) throws Exception {
		var field = Class.forName("dev.rolegraph.role.RoleGraph").getDeclaredField("ROLE_PAGE");
		field.setAccessible(true);
		String statement = (String) field.get(null);
		if (args[0].equals("statement")) {
			System.out.print(statement);
			return;
		}
		List<Map<String, Object>> inputs = new ArrayList<>();
		for (String line : Files.readAllLines(Path.of(args[1]))) {
			Map<String, Object> parameters = new HashMap<>();
			for (Object list : Class.forName("dev.rolegraph.role.RoleList").getEnumConstants()) {
				var name = ((Enum<?>) list).getDeclaringClass().getDeclaredField("field");
				name.setAccessible(true);
				String flag = (String) name.get(list);
				parameters.put(flag, flag.equals("skills") || flag.equals("tools"));
			}
			parameters.put("id", line.replaceAll(".*role\\(id: \\\\\"([^\\\\]+)\\\\\".*", "$1"));
			inputs.add(parameters);
		}
		SessionConfig read = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();
		try (Driver driver = GraphDatabase.driver(args[0], AuthTokens.basic("neo4j", args[2]),
				Config.builder().withoutEncryption().build())) {
			for (int round = 0; round < Integer.parseInt(args[3]); round++) {
				long end = System.nanoTime() + Long.parseLong(args[4]) * 1_000_000_000L;
				List<Long> times = new ArrayList<>();
				for (int i = 0; System.nanoTime() < end; i++) {
					long started = System.nanoTime();
					try (Session session = driver.session(read)) {
						session.run(statement, inputs.get(i % inputs.size())).list();
					}
					times.add(System.nanoTime() - started);
				}
				Collections.sort(times);
				System.out.printf(Locale.ROOT, "driver round %d: requests=%d p50_us=%d p99_us=%d%n", round + 1, times.size(),
						times.get(times.size() / 2) / 1000, times.get(times.size() * 99 / 100) / 1000);
			}
		}
	}

}
