-- Instruments an import created, so that undoing the import can remove them again when nothing else uses them.
CREATE TABLE import_batch_instrument (
    import_batch_id BIGINT NOT NULL,
    instrument_id   BIGINT NOT NULL,
    CONSTRAINT pk_import_batch_instrument PRIMARY KEY (import_batch_id, instrument_id),
    CONSTRAINT fk_import_batch_instrument_batch FOREIGN KEY (import_batch_id) REFERENCES import_batch (id) ON DELETE CASCADE,
    CONSTRAINT fk_import_batch_instrument_instrument FOREIGN KEY (instrument_id) REFERENCES instrument (id) ON DELETE CASCADE
);
