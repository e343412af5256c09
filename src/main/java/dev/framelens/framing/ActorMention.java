package dev.framelens.framing;

/**
 * One mention of an actor in a document.
 *
 * @param actorIndex the actor's 0-based index in {@link Actors#actors()}
 * @param term       the actor term that matched
 * @param sentence   1-based sentence number
 * @param firstToken index of its first token in the unfiltered token stream (0-based)
 * @param endToken   index after its last token
 * @param start      offset of its first character in the document text
 * @param end        offset after its last character
 */
public record ActorMention(int actorIndex, Actors.Term term, int sentence, int firstToken, int endToken,
                           int start, int end) {

    /** The actor's label. */
    public String actor() {
        return term.actor();
    }
}
