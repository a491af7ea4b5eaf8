// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#pragma once

#include <QString>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/safestack.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

namespace selfmx::smtp::crypto {

// The libcrypto (OpenSSL 3) functions of the certificate checks (certificatecheck.h: a chain
// against SMTP_TLS_CA_FILE; dns/dane.h: TLSA; the DKIM key's size), loaded when one of them
// first runs rather than when the program starts: most starts of the window never check a
// certificate (runtime/sharedlibrary.h says what that saves). Qt's TLS loads the same
// libcrypto.so.3 itself when it makes a connection, so this is one copy of the library.
//
// OpenSSL's sk_X509_*() and OPENSSL_free() are macros over the stack and CRYPTO_free
// functions below: call those through these pointers with the macros' casts (the helpers
// here do), never the macros, which would link the library.
struct Functions {
    decltype(&::OpenSSL_version_num) versionNumber = nullptr;
    decltype(&::CRYPTO_free) cryptoFree = nullptr;
    decltype(&::OPENSSL_sk_new_null) skNewNull = nullptr;
    decltype(&::OPENSSL_sk_push) skPush = nullptr;
    decltype(&::OPENSSL_sk_pop_free) skPopFree = nullptr;
    decltype(&::d2i_X509) d2iX509 = nullptr;
    decltype(&::X509_free) x509Free = nullptr;
    decltype(&::X509_up_ref) x509UpRef = nullptr;
    decltype(&::X509_get_X509_PUBKEY) x509GetX509Pubkey = nullptr;
    decltype(&::i2d_X509_PUBKEY) i2dX509Pubkey = nullptr;
    decltype(&::X509_get0_pubkey) x509Get0Pubkey = nullptr;
    decltype(&::X509_check_host) x509CheckHost = nullptr;
    decltype(&::X509_check_issued) x509CheckIssued = nullptr;
    decltype(&::X509_verify) x509Verify = nullptr;
    decltype(&::X509_STORE_new) storeNew = nullptr;
    decltype(&::X509_STORE_free) storeFree = nullptr;
    decltype(&::X509_STORE_add_cert) storeAddCert = nullptr;
    decltype(&::X509_STORE_CTX_new) storeCtxNew = nullptr;
    decltype(&::X509_STORE_CTX_free) storeCtxFree = nullptr;
    decltype(&::X509_STORE_CTX_init) storeCtxInit = nullptr;
    decltype(&::X509_STORE_CTX_set_purpose) storeCtxSetPurpose = nullptr;
    decltype(&::X509_verify_cert) verifyCert = nullptr;
    decltype(&::d2i_PUBKEY) d2iPubkey = nullptr;
    decltype(&::EVP_PKEY_get_bits) pkeyGetBits = nullptr;
    decltype(&::EVP_PKEY_free) pkeyFree = nullptr;

    // OPENSSL_free(p)
    void free(void *p) const { cryptoFree(p, OPENSSL_FILE, OPENSSL_LINE); }
    // sk_X509_new_null(), sk_X509_push(), sk_X509_pop_free(stack, X509_free)
    STACK_OF(X509) * newX509Stack() const { return reinterpret_cast<STACK_OF(X509) *>(skNewNull()); }
    int pushX509(STACK_OF(X509) * stack, X509 *x) const { return skPush(ossl_check_X509_sk_type(stack), ossl_check_X509_type(x)); }
    void freeX509Stack(STACK_OF(X509) * stack) const { skPopFree(ossl_check_X509_sk_type(stack), ossl_check_X509_freefunc_type(x509Free)); }
};

// Loads the library once per process (thread-safe). Null when it cannot be loaded or lacks
// a function; then *error names the library and says why. A check that cannot load it has
// not passed: its callers fail closed.
const Functions *load(QString *error);

} // namespace selfmx::smtp::crypto
