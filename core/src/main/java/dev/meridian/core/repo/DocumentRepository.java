package dev.meridian.core.repo;

import static dev.meridian.core.db.generated.Tables.DOCUMENT;

import dev.meridian.core.db.generated.tables.records.DocumentRecord;
import dev.meridian.core.domain.Document;
import dev.meridian.core.vault.SecretCipher;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Stored files (statements, receipts); the content is sealed with the vault's {@link SecretCipher} bound to the row. */
public final class DocumentRepository {

    static final String TABLE = "document";
    static final String COLUMN = "content";

    private final DSLContext dsl;
    private final SecretCipher cipher;

    public DocumentRepository(DSLContext dsl, SecretCipher cipher) {
        this.dsl = dsl;
        this.cipher = cipher;
    }

    /** Stores the document; its size is taken from {@code content}. */
    public Document insert(Document document, byte[] content) {
        long id = dsl.insertInto(DOCUMENT)
                .set(DOCUMENT.NAME, document.name())
                .set(DOCUMENT.MEDIA_TYPE, document.mediaType())
                .set(DOCUMENT.SIZE_BYTES, (long) content.length)
                .set(DOCUMENT.ADDED_AT, Columns.timestamp(document.addedAt()))
                .set(DOCUMENT.TRANSACTION_ID, document.transactionId())
                .returningResult(DOCUMENT.ID).fetchSingle().value1();
        dsl.update(DOCUMENT).set(DOCUMENT.CONTENT, cipher.seal(content, TABLE, id, COLUMN)).where(DOCUMENT.ID.eq(id)).execute();
        return new Document(id, document.name(), document.mediaType(), content.length, document.addedAt(), document.transactionId());
    }

    /** Renames or re-links a document; its content stays. */
    public void update(Document document) {
        int n = dsl.update(DOCUMENT).set(DOCUMENT.NAME, document.name()).set(DOCUMENT.MEDIA_TYPE, document.mediaType())
                .set(DOCUMENT.TRANSACTION_ID, document.transactionId()).where(DOCUMENT.ID.eq(document.id())).execute();
        Columns.requireOneRow(n, "document", document.id());
    }

    public void delete(long id) {
        dsl.deleteFrom(DOCUMENT).where(DOCUMENT.ID.eq(id)).execute();
    }

    public Optional<Document> find(long id) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.NAME, DOCUMENT.MEDIA_TYPE, DOCUMENT.SIZE_BYTES, DOCUMENT.ADDED_AT, DOCUMENT.TRANSACTION_ID)
                .from(DOCUMENT).where(DOCUMENT.ID.eq(id)).fetchOptional(r -> toDomain(r.into(DOCUMENT)));
    }

    /** Newest first; without content. */
    public List<Document> all() {
        return dsl.select(DOCUMENT.ID, DOCUMENT.NAME, DOCUMENT.MEDIA_TYPE, DOCUMENT.SIZE_BYTES, DOCUMENT.ADDED_AT, DOCUMENT.TRANSACTION_ID)
                .from(DOCUMENT).orderBy(DOCUMENT.ADDED_AT.desc(), DOCUMENT.ID.desc()).fetch(r -> toDomain(r.into(DOCUMENT)));
    }

    public List<Document> forTransaction(long transactionId) {
        return dsl.select(DOCUMENT.ID, DOCUMENT.NAME, DOCUMENT.MEDIA_TYPE, DOCUMENT.SIZE_BYTES, DOCUMENT.ADDED_AT, DOCUMENT.TRANSACTION_ID)
                .from(DOCUMENT).where(DOCUMENT.TRANSACTION_ID.eq(transactionId)).orderBy(DOCUMENT.ID).fetch(r -> toDomain(r.into(DOCUMENT)));
    }

    /** The decrypted content. */
    public byte[] content(long id) {
        byte[] sealed = dsl.select(DOCUMENT.CONTENT).from(DOCUMENT).where(DOCUMENT.ID.eq(id)).fetchOptional(DOCUMENT.CONTENT)
                .orElseThrow(() -> new IllegalArgumentException("No document with id " + id));
        try {
            return cipher.open(sealed, TABLE, id, COLUMN);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Content of document " + id + " cannot be decrypted (tampered or from another vault)", e);
        }
    }

    private static Document toDomain(DocumentRecord r) {
        return new Document(r.getId(), r.getName(), r.getMediaType(), r.getSizeBytes(), Columns.instant(r.getAddedAt()), r.getTransactionId());
    }
}
