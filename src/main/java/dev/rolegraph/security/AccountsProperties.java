package dev.rolegraph.security;

/**
 * Accounts from the environment, never from the repository: {@code name:{bcrypt}hash} entries separated by commas.
 * Curators may write; readers are known users without write access.
 *
 * @param curators ROLEGRAPH_CURATORS
 * @param readers ROLEGRAPH_READERS
 */
@org.springframework.boot.context.properties.ConfigurationProperties("rolegraph.security")
record AccountsProperties(String curators, String readers) {
}
