package dev.rolegraph.security;

import java.util.List;

/**
 * Accounts from the environment, never from the repository: {@code name:{bcrypt}hash} entries separated by commas.
 * Curators may write; readers (analysts) may also use the read-only Cypher endpoint and exports; operators see
 * health details. Cross-origin browser access is off unless origins are listed.
 *
 * @param curators ROLEGRAPH_CURATORS
 * @param readers ROLEGRAPH_READERS
 * @param operators ROLEGRAPH_OPERATORS
 * @param corsOrigins ROLEGRAPH_CORS_ORIGINS: origins allowed to call the API from a browser, comma-separated
 */
@org.springframework.boot.context.properties.ConfigurationProperties("rolegraph.security")
record AccountsProperties(String curators, String readers, String operators, List<String> corsOrigins) {
}
