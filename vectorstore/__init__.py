"""Chunks -> embeddings, Chroma, BM25 and hybrid retrieval. Imports ingest's types only."""
