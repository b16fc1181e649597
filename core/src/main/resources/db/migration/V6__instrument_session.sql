-- An instrument's own trading session as a compact spec ("09:30-16:00 Mon-Fri", "24h Mon-Fri", "24/7"),
-- read by TradingSession.of; NULL keeps the session inferred from the asset class and time zone.
ALTER TABLE instrument ADD COLUMN session VARCHAR(100);
