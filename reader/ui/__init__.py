"""The Qt layer: turns user intent into library calls and shows the results."""
