"""A check of a new licence application for the licensing board: what stands around the
proposed premises and what one more outlet would change. Facts, never a verdict."""
