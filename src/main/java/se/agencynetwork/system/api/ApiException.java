package se.agencynetwork.system.api;

/**
 * A refusal of an {@code /api} call with its HTTP status, the field or parameter it concerns (or
 * null) and a Swedish message for the user. Answered as {@code {"status", "field", "message"}}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String field;

    public ApiException(int status, String field, String message) {
        super(message);
        this.status = status;
        this.field = field;
    }

    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, field, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, null, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, null, message);
    }

    public int status() {
        return status;
    }

    public String field() {
        return field;
    }
}
