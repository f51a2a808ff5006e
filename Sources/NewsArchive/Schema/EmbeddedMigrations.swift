/// The schema migrations compiled into the binary from `Migrations/*.sql`.
///
/// The EmbedMigrations build plugin generates the `all` list, so the SQL files stay the single
/// source of the schema and the binary needs no resource folder beside it.
enum EmbeddedMigrations {}
