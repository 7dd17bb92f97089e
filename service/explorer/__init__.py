"""The graph explorer: a static page built from web/ (npm, Vite) into dist/, served at /explore."""
