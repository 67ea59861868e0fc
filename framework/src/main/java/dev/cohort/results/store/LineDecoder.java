package dev.cohort.results.store;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a line that is not ASCII as UTF-8: strictly, or, when they are not valid UTF-8,
 * with each invalid sequence replaced by U+FFFD, which the result records. Not thread-safe.
 */
final class LineDecoder {

    /**
     * A decoded line.
     *
     * @param text the line
     * @param replaced whether invalid bytes were replaced with U+FFFD
     */
    record Decoded(String text, boolean replaced) {}

    private final CharsetDecoder strict = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharsetDecoder lenient = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);

    Decoded decode(byte[] bytes, int from, int to) {
        try {
            return new Decoded(
                    strict.reset()
                            .decode(ByteBuffer.wrap(bytes, from, to - from))
                            .toString(),
                    false);
        } catch (CharacterCodingException e) {
            try {
                return new Decoded(
                        lenient.reset()
                                .decode(ByteBuffer.wrap(bytes, from, to - from))
                                .toString(),
                        true);
            } catch (CharacterCodingException impossible) {
                throw new IllegalStateException("a replacing decoder reported malformed input", impossible);
            }
        }
    }
}
