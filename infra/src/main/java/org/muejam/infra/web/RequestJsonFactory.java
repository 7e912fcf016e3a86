package org.muejam.infra.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.DataInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The JSON factory of request bodies: its parsers refuse every string and every object key holding a
 * {@link ForbiddenCharacters forbidden character}, at any depth and whatever type it binds to (or none, for an
 * ignored property). Only the web layer reads with it; stored events are read back with the plain factory.
 */
public class RequestJsonFactory extends JsonFactory {

    public RequestJsonFactory() {}

    protected RequestJsonFactory(RequestJsonFactory source, ObjectCodec codec) {
        super(source, codec);
    }

    @Override
    public JsonFactory copy() {
        return new RequestJsonFactory(this, null);
    }

    @Override
    protected JsonParser _createParser(InputStream in, IOContext context) throws IOException {
        return new CheckingParser(super._createParser(in, context));
    }

    @Override
    protected JsonParser _createParser(Reader reader, IOContext context) throws IOException {
        return new CheckingParser(super._createParser(reader, context));
    }

    @Override
    protected JsonParser _createParser(char[] data, int offset, int length, IOContext context, boolean recyclable)
            throws IOException {
        return new CheckingParser(super._createParser(data, offset, length, context, recyclable));
    }

    @Override
    protected JsonParser _createParser(byte[] data, int offset, int length, IOContext context) throws IOException {
        return new CheckingParser(super._createParser(data, offset, length, context));
    }

    @Override
    protected JsonParser _createParser(DataInput input, IOContext context) throws IOException {
        return new CheckingParser(super._createParser(input, context));
    }

    /** A string or key of the body holds a forbidden character; {@code field} names where, as "a.b[0].c". */
    public static final class ForbiddenCharacterException extends JsonParseException {
        private final String field;
        private final boolean key;
        private final char character;

        ForbiddenCharacterException(JsonParser parser, String field, boolean key, char character) {
            super(
                    parser,
                    (key ? "a key of '" + field + "'" : "'" + field + "'") + " holds the forbidden character "
                            + ForbiddenCharacters.describe(character));
            this.field = field;
            this.key = key;
            this.character = character;
        }

        public String field() {
            return field;
        }

        /** True when the character is in an object's key rather than in a value. */
        public boolean inKey() {
            return key;
        }

        public char character() {
            return character;
        }
    }

    /** How Jackson's {@code STRICT_DUPLICATE_DETECTION} words its refusal. */
    private static final String DUPLICATE_PREFIX = "Duplicate field '";

    /** An object of the body holds the same key twice; {@code field} names the second, as "a.b[0].c". */
    public static final class DuplicateKeyException extends JsonParseException {
        private final String field;

        DuplicateKeyException(JsonParser parser, String field) {
            super(parser, "'" + field + "' is given more than once");
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    /** Where a parser that failed stood in the body ("acceptedDocuments[0].type"), or null at its top. */
    public static String where(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        if (context == null) {
            return null;
        }
        String path = CheckingParser.path(context, true);
        return path.equals("body") ? null : path;
    }

    /** Checks each string and key as the parser reaches it; every other way of advancing goes through here. */
    private static final class CheckingParser extends JsonParserDelegate {

        CheckingParser(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            try {
                return checked(delegate.nextToken());
            } catch (JsonParseException failure) {
                throw duplicate(failure);
            }
        }

        /** Jackson's duplicate detection names the key alone; the refusal names where it stands. */
        private JsonParseException duplicate(JsonParseException failure) {
            String message = failure.getOriginalMessage();
            if (failure instanceof ForbiddenCharacterException
                    || message == null
                    || !message.startsWith(DUPLICATE_PREFIX)) {
                return failure;
            }
            return new DuplicateKeyException(this, path(delegate.getParsingContext(), true));
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken token = nextToken();
            return token == JsonToken.FIELD_NAME ? nextToken() : token;
        }

        /** Skipped content (an ignored property's object, say) is read token by token, so it is checked too. */
        @Override
        public JsonParser skipChildren() throws IOException {
            JsonToken current = currentToken();
            if (current != JsonToken.START_OBJECT && current != JsonToken.START_ARRAY) {
                return this;
            }
            int open = 1;
            while (open > 0) {
                JsonToken token = nextToken();
                if (token == null) {
                    return this;
                }
                if (token.isStructStart()) {
                    open++;
                } else if (token.isStructEnd()) {
                    open--;
                }
            }
            return this;
        }

        private JsonToken checked(JsonToken token) throws IOException {
            if (token == JsonToken.VALUE_STRING) {
                int at = ForbiddenCharacters.find(
                        delegate.getTextCharacters(), delegate.getTextOffset(), delegate.getTextLength());
                if (at >= 0) {
                    throw new ForbiddenCharacterException(
                            this,
                            path(delegate.getParsingContext(), true),
                            false,
                            delegate.getTextCharacters()[delegate.getTextOffset() + at]);
                }
            } else if (token == JsonToken.FIELD_NAME) {
                String name = delegate.currentName();
                int at = ForbiddenCharacters.find(name);
                if (at >= 0) {
                    throw new ForbiddenCharacterException(
                            this, path(delegate.getParsingContext(), false), true, name.charAt(at));
                }
            }
            return token;
        }

        /** "acceptedDocuments[0].type" for a value; for a key, the object holding it ("body" at the top). */
        static String path(JsonStreamContext context, boolean withCurrentEntry) {
            Deque<String> parts = new ArrayDeque<>();
            JsonStreamContext at = withCurrentEntry ? context : context.getParent();
            for (; at != null && !at.inRoot(); at = at.getParent()) {
                if (at.inArray()) {
                    parts.push("[" + at.getCurrentIndex() + "]");
                } else if (at.getCurrentName() != null) {
                    parts.push("." + at.getCurrentName());
                }
            }
            String path = String.join("", parts);
            if (path.startsWith(".")) {
                path = path.substring(1);
            }
            return path.isEmpty() ? "body" : path;
        }
    }
}
