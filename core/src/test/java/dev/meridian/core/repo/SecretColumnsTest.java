package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.CONNECTION;
import static dev.meridian.core.db.generated.Tables.DOCUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.Connection;
import dev.meridian.core.domain.ConnectionKind;
import dev.meridian.core.domain.ConnectionStatus;
import dev.meridian.core.domain.Document;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Connections and documents: credentials and content round-trip but are never stored in plain. */
class SecretColumnsTest extends DatabaseFixture {

    static final String SECRET = "plaid-access-token-KNOWN-4711";
    final TinkSecretCipher cipher = new TinkSecretCipher();

    static boolean containsSecret(byte[] raw) {
        return new String(raw, StandardCharsets.ISO_8859_1).contains(SECRET);
    }

    @Test
    void connectionsRoundTripAndCredentialsAreSealed() {
        var repo = new ConnectionRepository(dsl, cipher);
        Connection full = repo.insert(new Connection(0, ConnectionKind.BANK, "plaid", "My Bank", ConnectionStatus.OK, "cursor-1",
                Instant.parse("2025-01-02T03:04:05.123456789Z"), "boom", 2), SECRET.getBytes(StandardCharsets.UTF_8));
        Connection bare = repo.insert(new Connection(0, ConnectionKind.MARKET_DATA, "stooq", "Stooq", ConnectionStatus.NEW, null, null, null, 0), null);

        assertThat(repo.find(full.id())).contains(full);
        assertThat(repo.find(bare.id())).contains(bare);
        assertThat(repo.ofKind(ConnectionKind.BANK)).containsExactly(full);
        assertThat(new String(repo.credentials(full.id()), StandardCharsets.UTF_8)).isEqualTo(SECRET);
        assertThat(repo.credentials(bare.id())).isNull();

        byte[] raw = dsl.select(CONNECTION.CREDENTIALS).from(CONNECTION).where(CONNECTION.ID.eq(full.id())).fetchSingle().value1();
        assertThat(raw).isNotEmpty();
        assertThat(containsSecret(raw)).isFalse();

        repo.updateStatus(full.id(), ConnectionStatus.NEEDS_REAUTH, "login required");
        repo.updateCursor(full.id(), "cursor-2", Instant.parse("2025-02-01T00:00:00Z"));
        Connection after = repo.find(full.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ConnectionStatus.NEEDS_REAUTH);
        assertThat(after.lastError()).isEqualTo("login required");
        assertThat(after.syncCursor()).isEqualTo("cursor-2");
        assertThat(after.lastSyncAt()).isEqualTo(Instant.parse("2025-02-01T00:00:00Z"));

        repo.updateCredentials(bare.id(), "k2".getBytes(StandardCharsets.UTF_8));
        assertThat(repo.credentials(bare.id())).asString(StandardCharsets.UTF_8).isEqualTo("k2");
    }

    @Test
    void credentialsCopiedToAnotherRowDoNotOpen() {
        var repo = new ConnectionRepository(dsl, cipher);
        Connection a = repo.insert(new Connection(0, ConnectionKind.LLM, "openai", "A", ConnectionStatus.OK, null, null, null, 0), SECRET.getBytes());
        Connection b = repo.insert(new Connection(0, ConnectionKind.LLM, "openai", "B", ConnectionStatus.OK, null, null, null, 1), "other".getBytes());
        byte[] sealedA = dsl.select(CONNECTION.CREDENTIALS).from(CONNECTION).where(CONNECTION.ID.eq(a.id())).fetchSingle().value1();
        dsl.update(CONNECTION).set(CONNECTION.CREDENTIALS, sealedA).where(CONNECTION.ID.eq(b.id())).execute();
        assertThatThrownBy(() -> repo.credentials(b.id()))
                .hasMessageContaining("connection " + b.id())
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void documentsRoundTripAndContentIsSealed() {
        var repo = new DocumentRepository(dsl, cipher);
        byte[] content = ("%PDF statement " + SECRET).getBytes(StandardCharsets.UTF_8);
        Document d = repo.insert(new Document(0, "statement.pdf", "application/pdf", 0, Instant.parse("2025-03-01T10:00:00Z"), null), content);

        assertThat(d.size()).isEqualTo(content.length);
        assertThat(repo.find(d.id())).contains(d);
        assertThat(repo.all()).containsExactly(d);
        assertThat(repo.content(d.id())).isEqualTo(content);
        byte[] raw = dsl.select(DOCUMENT.CONTENT).from(DOCUMENT).where(DOCUMENT.ID.eq(d.id())).fetchSingle().value1();
        assertThat(containsSecret(raw)).isFalse();

        Document renamed = new Document(d.id(), "march.pdf", "application/pdf", d.size(), d.addedAt(), null);
        repo.update(renamed);
        assertThat(repo.find(d.id())).contains(renamed);
        repo.delete(d.id());
        assertThat(repo.find(d.id())).isEmpty();
    }
}
