package dev.meridian.sync.assistant.provider;

/** The model vendors the assistant can talk to; Ollama is reached through its OpenAI-compatible /v1 API. */
public enum ProviderKind {
    OPENAI("OpenAI", "https://api.openai.com/v1", true),
    ANTHROPIC("Anthropic", "https://api.anthropic.com/v1", true),
    GEMINI("Google Gemini", "https://generativelanguage.googleapis.com/v1beta", true),
    OLLAMA("Ollama (local)", "http://localhost:11434/v1", false);

    private final String label;
    private final String defaultBaseUrl;
    private final boolean needsKey;

    ProviderKind(String label, String defaultBaseUrl, boolean needsKey) {
        this.label = label;
        this.defaultBaseUrl = defaultBaseUrl;
        this.needsKey = needsKey;
    }

    public String label() { return label; }

    public String defaultBaseUrl() { return defaultBaseUrl; }

    public boolean needsKey() { return needsKey; }
}
