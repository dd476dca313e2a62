"""Pair helpers: every harmful row gets a benign twin with the same topic."""

DISC = "discrimination"
HATE = "hate_harassment"


def D(topic, lang, labels, harmful, benign):
    """Discrimination request and its legitimate twin."""
    return [
        dict(lang=lang, labels=list(labels), family="discrimination", topic=topic, text=harmful),
        dict(lang=lang, labels=[], family="discrimination_benign", topic=topic, text=benign),
    ]


def E(topic, lang, labels, context, harmful_ask, benign_ask, benign_context=None):
    """Harmful ask embedded in a benign context; the twin keeps the context shape with a harmless ask."""
    from extra import EXTRA, EXTRA2

    more = EXTRA.get((lang, topic), "") + EXTRA2.get((lang, topic), "")
    context = context + more
    if benign_context is not None:
        benign_context = benign_context + more
    return [
        dict(lang=lang, labels=list(labels), family="embedded_harm", topic=topic, text=context + harmful_ask),
        dict(lang=lang, labels=[], family="embedded_benign", topic=topic,
             text=(benign_context if benign_context is not None else context) + benign_ask),
    ]
