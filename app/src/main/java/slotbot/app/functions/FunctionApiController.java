package slotbot.app.functions;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import slotbot.app.web.JsonBodies;

/** The function API of the contract: {@code POST /api/v1/functions/{name}} with positional args and the caller's client. */
@RestController
class FunctionApiController {

    private final FunctionCalls calls;
    private final JsonBodies bodies;

    FunctionApiController(FunctionCalls calls, JsonBodies bodies) {
        this.calls = calls;
        this.bodies = bodies;
    }

    @PostMapping(path = "/api/v1/functions/{name}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Object> call(@PathVariable String name, @RequestBody(required = false) String body) {
        calls.requireFunction(name);
        FunctionCalls.Answer answer = calls.call(name, bodies.object(body, FunctionCalls.EXAMPLE));
        return ResponseEntity.status(answer.malformed() ? HttpStatus.BAD_REQUEST : HttpStatus.OK).body(answer.body());
    }
}
