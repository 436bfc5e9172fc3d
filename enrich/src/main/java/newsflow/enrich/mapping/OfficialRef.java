package newsflow.enrich.mapping;

/** What an alert says about a watched official: id, display name and title (nullable). */
public record OfficialRef(String id, String name, String title) {}
