"""The single source of the graph's vocabulary and data models. Imports nothing of ours."""
