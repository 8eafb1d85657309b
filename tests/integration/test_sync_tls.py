"""The regional store over TLS: the client verifies its certificate against the configured CA
bundle and refuses a server it cannot trust, with a clear message."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from casedesk.store.database import create_store
from casedesk.sync.client import SyncClient
from casedesk.sync.errors import CertificateError
from tests.integration.conftest import OOST_1, PASSWORD, DeviceFactory, new_case
from tests.integration.regional import RunningStore, serve


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_pki(folder: Path) -> tuple[Path, Path, Path]:
    """A test CA and a certificate for 127.0.0.1 signed by it: (ca.pem, cert.pem, key.pem)."""
    now = datetime(2026, 1, 1)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder().subject_name(_name("casedesk test CA"))
        .issuer_name(_name("casedesk test CA")).public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now)
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                     content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder().subject_name(_name("regio.test"))
        .issuer_name(ca.subject).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now)
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(
            ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]),
                       critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                       critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    paths = folder / "ca.pem", folder / "cert.pem", folder / "key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


@pytest.fixture
def tls_store(store_db: str, tmp_path: Path) -> Iterator[tuple[RunningStore, Path]]:
    ca, cert, key = make_pki(tmp_path)
    with serve(store_db, certfile=str(cert), keyfile=str(key)) as running:
        yield running, ca


def test_sync_over_tls_with_the_regions_ca(
    tls_store: tuple[RunningStore, Path], device: DeviceFactory
) -> None:
    running, ca = tls_store
    assert running.url.startswith("https://")
    laptop = device(OOST_1, server=running.url, ca_bundle=str(ca))
    new_case(laptop)
    assert laptop.sync().applied == 6


def test_an_untrusted_certificate_is_refused(
    tls_store: tuple[RunningStore, Path], tmp_path: Path
) -> None:
    running, _ = tls_store
    store = create_store(tmp_path / "p")
    try:
        with pytest.raises(CertificateError, match="not trusted") as refused:
            SyncClient(store).login(running.url, OOST_1, PASSWORD)
        assert "\n" not in str(refused.value)
        with pytest.raises(CertificateError, match="does not exist"):
            SyncClient(store).login(running.url, OOST_1, PASSWORD,
                                    ca_bundle=str(tmp_path / "missing.pem"))
    finally:
        store.close()
