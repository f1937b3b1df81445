"""Running the pipeline beyond one process: Dask partitions for corpora beyond one machine."""
