-- Key/value settings of a vault (theme, auto-lock minutes, ...). Never holds secrets.
CREATE TABLE setting (
    setting_key   VARCHAR(200) PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
