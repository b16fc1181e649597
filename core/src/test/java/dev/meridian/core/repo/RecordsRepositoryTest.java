package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.BACKUP_DESTINATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.meridian.core.domain.AuditEntry;
import dev.meridian.core.domain.BackupDestination;
import dev.meridian.core.domain.BackupKind;
import dev.meridian.core.domain.BackupSnapshot;
import dev.meridian.core.domain.BackupStatus;
import dev.meridian.core.domain.Classification;
import dev.meridian.core.domain.ClassificationAssignment;
import dev.meridian.core.domain.Conversation;
import dev.meridian.core.domain.ConversationMessage;
import dev.meridian.core.domain.CostMethod;
import dev.meridian.core.domain.MessageRole;
import dev.meridian.core.domain.Notification;
import dev.meridian.core.domain.Portfolio;
import dev.meridian.core.domain.TargetAllocation;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notifications, audit log, assistant conversations, backups and allocation. */
class RecordsRepositoryTest extends DatabaseFixture {

    static final Instant T = Instant.parse("2025-04-01T12:00:00.123456789Z");

    @Test
    void notificationsCountUnreadAndMarkRead() {
        var repo = new NotificationRepository(dsl);
        Notification a = repo.insert(new Notification(0, T, "alert", "SAP above 250", "body", "chart:1", false));
        Notification b = repo.insert(new Notification(0, T.plusSeconds(1), "sync", "Synced", null, null, false));
        Notification c = repo.insert(new Notification(0, T.plusSeconds(2), "backup", "Done", null, null, true));
        assertThat(repo.recent(10)).containsExactly(c, b, a);
        assertThat(repo.unreadCount()).isEqualTo(2);
        repo.markRead(a.id());
        assertThat(repo.unreadCount()).isEqualTo(1);
        repo.markAllRead();
        assertThat(repo.unreadCount()).isZero();
        repo.delete(c.id());
        assertThat(repo.recent(1)).extracting(Notification::id).containsExactly(b.id());
    }

    @Test
    void auditLogAppendsAndOffersNoWayToChangeEntries() {
        var log = new AuditLog(dsl);
        log.append(new AuditEntry(0, T, "user", "delete", "transaction", 42L, "amount -5 EUR"));
        log.append(new AuditEntry(0, T.plusSeconds(1), "sync", "import", null, null, null));
        List<AuditEntry> recent = log.recent(10);
        assertThat(recent).extracting(AuditEntry::action).containsExactly("import", "delete");
        assertThat(recent.get(1)).usingRecursiveComparison().ignoringFields("id")
                .isEqualTo(new AuditEntry(0, T, "user", "delete", "transaction", 42L, "amount -5 EUR"));
        assertThat(Arrays.stream(AuditLog.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(n -> n.contains("update") || n.contains("delete") || n.contains("remove"));
    }

    @Test
    void conversationsKeepMessagesInOrderWithToolCalls() {
        var repo = new ConversationRepository(dsl);
        Conversation c = repo.insert(new Conversation(0, "Spending", T, T));
        ConversationMessage q = repo.append(new ConversationMessage(0, c.id(), T.plusSeconds(1), MessageRole.USER, "How much on food?",
                null, null, null, null, null));
        ConversationMessage call = repo.append(new ConversationMessage(0, c.id(), T.plusSeconds(2), MessageRole.ASSISTANT, null,
                "spending_by_category", "{\"month\":\"2025-03\"}", null, 120, 15, "OPENAI/gpt-4o-mini"));
        ConversationMessage result = repo.append(new ConversationMessage(0, c.id(), T.plusSeconds(3), MessageRole.TOOL, null,
                "spending_by_category", null, "{\"Food\":\"412.10\"}", null, null));
        assertThat(repo.messages(c.id())).containsExactly(q, call, result);
        assertThat(repo.messages(c.id()).get(1).provider()).isEqualTo("OPENAI/gpt-4o-mini");
        assertThat(repo.find(c.id()).orElseThrow().updatedAt()).isEqualTo(T.plusSeconds(3));
        Conversation older = repo.insert(new Conversation(0, "Old", T.minusSeconds(100), T.minusSeconds(100)));
        assertThat(repo.all()).extracting(Conversation::id).containsExactly(c.id(), older.id());
        repo.rename(c.id(), "Food spending");
        assertThat(repo.find(c.id()).orElseThrow().title()).isEqualTo("Food spending");
        repo.delete(c.id());
        assertThat(repo.messages(c.id())).isEmpty();
    }

    @Test
    void backupDestinationsSealTheirConfigAndTrackSnapshots() {
        var repo = new BackupRepository(dsl, new TinkSecretCipher());
        String secret = "s3-secret-key-KNOWN-0815";
        BackupDestination d = repo.insertDestination(new BackupDestination(0, BackupKind.S3, "Bucket", T), secret.getBytes(StandardCharsets.UTF_8));
        assertThat(repo.findDestination(d.id())).contains(d);
        assertThat(repo.config(d.id())).asString(StandardCharsets.UTF_8).isEqualTo(secret);
        byte[] raw = dsl.select(BACKUP_DESTINATION.CONFIG).from(BACKUP_DESTINATION).fetchSingle().value1();
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain(secret);

        BackupSnapshot s1 = repo.insertSnapshot(new BackupSnapshot(0, d.id(), T, 0, "manifest-1", BackupStatus.RUNNING));
        BackupSnapshot s2 = repo.insertSnapshot(new BackupSnapshot(0, d.id(), T.plusSeconds(60), 2048, "manifest-2", BackupStatus.COMPLETE));
        repo.finishSnapshot(s1.id(), BackupStatus.FAILED, 10);
        assertThat(repo.snapshots(d.id())).containsExactly(s2,
                new BackupSnapshot(s1.id(), d.id(), T, 10, "manifest-1", BackupStatus.FAILED));
        repo.renameDestination(d.id(), "Archive");
        assertThat(repo.destinations()).extracting(BackupDestination::name).containsExactly("Archive");
        repo.deleteDestination(d.id());
        assertThat(repo.snapshots(d.id())).isEmpty();
        assertThatThrownBy(() -> repo.config(d.id())).hasMessageContaining("No backup destination");
    }

    @Test
    void classificationsAndTargetAllocationsRoundTrip() {
        long etf = new InstrumentRepository(dsl).insert(ReferenceDataRepositoryTest.instrument("VWCE", "All World")).id();
        var repo = new ClassificationRepository(dsl);
        Classification region = repo.insert(new Classification(0, "Region"));
        repo.assign(new ClassificationAssignment(region.id(), etf, "US", new BigDecimal("0.6")));
        repo.assign(new ClassificationAssignment(region.id(), etf, "Europe", new BigDecimal("0.3")));
        repo.assign(new ClassificationAssignment(region.id(), etf, "Europe", new BigDecimal("0.4")));
        assertThat(repo.assignments(region.id())).containsExactly(
                new ClassificationAssignment(region.id(), etf, "Europe", new BigDecimal("0.4")),
                new ClassificationAssignment(region.id(), etf, "US", new BigDecimal("0.6")));
        repo.unassign(region.id(), etf, "US");
        assertThat(repo.assignments(region.id())).hasSize(1);
        assertThat(repo.all()).containsExactly(region);

        long p = new PortfolioRepository(dsl).insert(new Portfolio(0, "Main", "EUR", CostMethod.FIFO, null)).id();
        var targets = new TargetAllocationRepository(dsl);
        targets.replace(p, List.of(new TargetAllocation(p, "STOCK", new BigDecimal("0.8")), new TargetAllocation(p, "BOND", new BigDecimal("0.2"))));
        targets.replace(p, List.of(new TargetAllocation(p, "ETF", new BigDecimal("1"))));
        assertThat(targets.forPortfolio(p)).containsExactly(new TargetAllocation(p, "ETF", BigDecimal.ONE));
        assertThatThrownBy(() -> targets.replace(p, List.of(new TargetAllocation(p + 1, "X", BigDecimal.ONE))))
                .hasMessageContaining("belongs to portfolio");
        assertThat(targets.forPortfolio(p)).hasSize(1);
    }
}
