# The API for real deployments (Neo4j as the store; see docker-compose.yml).
FROM python:3.11-slim
ENV PIP_NO_CACHE_DIR=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY pyproject.toml README.md ./
COPY schema schema
COPY queries queries
COPY ingest ingest
COPY service service
COPY data/articles data/articles
RUN pip install .
RUN useradd --system --uid 10001 kg && mkdir -p /data && chown kg /data
USER kg
ENV KG_HOST=0.0.0.0 KG_PORT=8000 KG_DATA_DIR=/data
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD python -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:8000/ready', timeout=2)" || exit 1
CMD ["kg", "serve"]
