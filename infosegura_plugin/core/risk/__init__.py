"""Risk analysis: grids, kernels, risk terrain models, hotspots and their statistics (issue 5)."""
