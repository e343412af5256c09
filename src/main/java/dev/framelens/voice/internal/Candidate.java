package dev.framelens.voice.internal;

import dev.framelens.voice.Quotation.Kind;
import dev.framelens.voice.internal.Cues.Cue;
import dev.framelens.voice.internal.Phrases.Np;

/** A quotation while it is being found: its units, its cue, the way to its speaker and, once resolved, the speaker. */
final class Candidate {
    /** How a candidate's speaker is found. */
    enum Source { PHRASE, PARTICIPLE, CONTINUATION, NONE }

    Kind kind;
    int first;
    int last;
    Cue cue;
    String cueText = "";
    Np np;
    Source source = Source.NONE;
    Candidate previous;
    int anchor;
    boolean marked;
    String speaker = "";
    int speakerStart = -1;
    int speakerEnd = -1;
}
