-- Which configured provider (kind and model, never a key) wrote an assistant message.
ALTER TABLE conversation_message ADD COLUMN provider VARCHAR(200);
