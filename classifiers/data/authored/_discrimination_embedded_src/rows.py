"""Hand-written discrimination and embedded-harm rows with benign twins (helper "discrimination-writer").

Each harmful row has a benign twin with the same topic; see helpers.D / helpers.E.
"""
import disc_en
import disc_ko
import disc_mixed
import emb_en
import emb_ko
import emb_long
import emb_mixed

ROWS = disc_ko.ROWS + disc_en.ROWS + disc_mixed.ROWS + emb_ko.ROWS + emb_en.ROWS + emb_mixed.ROWS + emb_long.ROWS
