// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
// A libcrypto.so.3 without any of OpenSSL's functions: what the certificate checks find when
// the library is missing a function (test_crypto_missing.cpp).
extern "C" int selfmx_stub_crypto();
extern "C" int selfmx_stub_crypto()
{
    return 0;
}
