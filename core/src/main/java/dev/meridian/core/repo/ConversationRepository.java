package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.CONVERSATION;
import static dev.meridian.core.db.generated.Tables.CONVERSATION_MESSAGE;

import dev.meridian.core.db.generated.tables.records.ConversationMessageRecord;
import dev.meridian.core.domain.Conversation;
import dev.meridian.core.domain.ConversationMessage;
import dev.meridian.core.domain.MessageRole;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Assistant chats and their messages. */
public final class ConversationRepository {

    private final DSLContext dsl;

    public ConversationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Conversation insert(Conversation c) {
        long id = dsl.insertInto(CONVERSATION)
                .set(CONVERSATION.TITLE, c.title())
                .set(CONVERSATION.CREATED_AT, Columns.timestamp(c.createdAt()))
                .set(CONVERSATION.UPDATED_AT, Columns.timestamp(c.updatedAt()))
                .returningResult(CONVERSATION.ID).fetchSingle().value1();
        return c.withId(id);
    }

    public void rename(long id, String title) {
        int n = dsl.update(CONVERSATION).set(CONVERSATION.TITLE, title).where(CONVERSATION.ID.eq(id)).execute();
        Columns.requireOneRow(n, "conversation", id);
    }

    /** Deletes the conversation with its messages. */
    public void delete(long id) {
        dsl.deleteFrom(CONVERSATION).where(CONVERSATION.ID.eq(id)).execute();
    }

    public Optional<Conversation> find(long id) {
        return dsl.selectFrom(CONVERSATION).where(CONVERSATION.ID.eq(id)).fetchOptional()
                .map(r -> new Conversation(r.getId(), r.getTitle(), Columns.instant(r.getCreatedAt()), Columns.instant(r.getUpdatedAt())));
    }

    /** Most recently active first. */
    public List<Conversation> all() {
        return dsl.selectFrom(CONVERSATION).orderBy(CONVERSATION.UPDATED_AT.desc(), CONVERSATION.ID.desc())
                .fetch(r -> new Conversation(r.getId(), r.getTitle(), Columns.instant(r.getCreatedAt()), Columns.instant(r.getUpdatedAt())));
    }

    /** Appends a message and marks the conversation as updated at the message's time. */
    public ConversationMessage append(ConversationMessage m) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            long id = tx.insertInto(CONVERSATION_MESSAGE)
                    .set(CONVERSATION_MESSAGE.CONVERSATION_ID, m.conversationId())
                    .set(CONVERSATION_MESSAGE.CREATED_AT, Columns.timestamp(m.createdAt()))
                    .set(CONVERSATION_MESSAGE.ROLE, m.role().name())
                    .set(CONVERSATION_MESSAGE.CONTENT, m.content())
                    .set(CONVERSATION_MESSAGE.TOOL_NAME, m.toolName())
                    .set(CONVERSATION_MESSAGE.TOOL_ARGUMENTS, m.toolArguments())
                    .set(CONVERSATION_MESSAGE.TOOL_RESULT, m.toolResult())
                    .set(CONVERSATION_MESSAGE.INPUT_TOKENS, m.inputTokens())
                    .set(CONVERSATION_MESSAGE.OUTPUT_TOKENS, m.outputTokens())
                    .set(CONVERSATION_MESSAGE.PROVIDER, m.provider())
                    .returningResult(CONVERSATION_MESSAGE.ID).fetchSingle().value1();
            tx.update(CONVERSATION).set(CONVERSATION.UPDATED_AT, Columns.timestamp(m.createdAt()))
                    .where(CONVERSATION.ID.eq(m.conversationId())).execute();
            return m.withId(id);
        });
    }

    /** In the order they were appended. */
    public List<ConversationMessage> messages(long conversationId) {
        return dsl.selectFrom(CONVERSATION_MESSAGE).where(CONVERSATION_MESSAGE.CONVERSATION_ID.eq(conversationId))
                .orderBy(CONVERSATION_MESSAGE.ID).fetch(ConversationRepository::toDomain);
    }

    private static ConversationMessage toDomain(ConversationMessageRecord r) {
        return new ConversationMessage(r.getId(), r.getConversationId(), Columns.instant(r.getCreatedAt()), MessageRole.valueOf(r.getRole()),
                r.getContent(), r.getToolName(), r.getToolArguments(), r.getToolResult(), r.getInputTokens(), r.getOutputTokens(), r.getProvider());
    }
}
