package slotbot.app.mcp;

import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncPromptSpecification;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import io.modelcontextprotocol.spec.McpSchema.Prompt;
import io.modelcontextprotocol.spec.McpSchema.PromptArgument;
import io.modelcontextprotocol.spec.McpSchema.PromptMessage;
import io.modelcontextprotocol.spec.McpSchema.Role;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The prompt "book_appointment": how an assistant books with the tools, step by step, from the branch to
 * create_booking, and how it later lists, moves, cancels and confirms. The words are in {@value #RESOURCE}.
 */
final class BookingPrompt {

    static final String NAME = "book_appointment";
    static final String RESOURCE = "mcp/book-appointment.md";

    private final String text;

    private BookingPrompt(String text) {
        this.text = text;
    }

    static BookingPrompt load() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return new BookingPrompt(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    SyncPromptSpecification specification() {
        Prompt prompt = Prompt.builder(NAME)
                .title("Book an appointment")
                .description("How to book a client step by step with the booking tools: branch, services, specialist, "
                        + "date, time, contact, create_booking; and how to list, move, cancel or confirm later.")
                .arguments(List.of(PromptArgument.builder(ToolInputs.CLIENT_ID)
                        .description("The client to book for, as your system names them (such as \"tg-1001\"); "
                                + "left out, the assistant is told to choose one.")
                        .required(false)
                        .build()))
                .build();
        return new SyncPromptSpecification(prompt, (context, request) -> GetPromptResult.builder(List.of(
                        PromptMessage.builder(Role.USER, TextContent.builder(text(request.arguments())).build()).build()))
                .description("Booking an appointment with slotbot")
                .build());
    }

    String text(Map<String, Object> arguments) {
        Object client = arguments == null ? null : arguments.get(ToolInputs.CLIENT_ID);
        String who = client == null || client.toString().isBlank()
                ? "the person you are talking with: choose one client_id for them (their id in your system) and pass it to every call"
                : "\"" + client.toString().strip() + "\": pass client_id \"" + client.toString().strip() + "\" to every call";
        return text.replace("{client}", who);
    }
}
