package dev.meridian.sync.assistant;

/** What the assistant says when no provider is configured; nothing is sent anywhere. */
final class SetupHelp {

    static final String TEXT = """
            The assistant is not set up yet, so nothing was sent anywhere.

            To use it, open Settings → Assistant and add at least one provider:
            - **Ollama (local)**: install Ollama, run `ollama pull llama3.1`, and add provider Ollama with that model. \
            Your questions and data never leave this machine.
            - **OpenAI**, **Anthropic** or **Google Gemini**: paste an API key from the vendor's console \
            (stored encrypted in your vault) and pick a model. Your question and the figures the assistant \
            reads from your vault are sent to that vendor.

            Put the providers in the order you prefer: when one is unavailable (no key, rate limit, timeout, \
            server error) the next one answers, and the answer says which one did.""";

    private SetupHelp() { }
}
