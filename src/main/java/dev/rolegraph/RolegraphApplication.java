package dev.rolegraph;

import dev.rolegraph.taxonomy.ImportCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RolegraphApplication {

	/**
	 * Serves the API; or, with the arguments {@code import esco DIR [--esco.version=V]}, imports a taxonomy into the
	 * same database without opening the web server, and exits with 0 (imported), 1 (a malformed file, nothing
	 * written) or 2 (a usage error).
	 */
	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(RolegraphApplication.class);
		if (ImportCommand.isImport(args)) {
			application.setWebApplicationType(WebApplicationType.NONE);
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}
