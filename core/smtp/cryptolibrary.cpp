// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 SelfMX Console contributors
#include "cryptolibrary.h"

#include "runtime/sharedlibrary.h"

namespace selfmx::smtp::crypto {

namespace {

const runtime::LoadedFunctions<Functions> &library()
{
    static const runtime::LoadedFunctions<Functions> once(QStringLiteral(SELFMX_CRYPTO_NAME), SELFMX_CRYPTO_VERSION,
                                                          [](runtime::SharedLibrary &l, Functions &f) {
                                                              l.resolve(f.versionNumber, "OpenSSL_version_num");
                                                              l.resolve(f.cryptoFree, "CRYPTO_free");
                                                              l.resolve(f.skNewNull, "OPENSSL_sk_new_null");
                                                              l.resolve(f.skPush, "OPENSSL_sk_push");
                                                              l.resolve(f.skPopFree, "OPENSSL_sk_pop_free");
                                                              l.resolve(f.d2iX509, "d2i_X509");
                                                              l.resolve(f.x509Free, "X509_free");
                                                              l.resolve(f.x509UpRef, "X509_up_ref");
                                                              l.resolve(f.x509GetX509Pubkey, "X509_get_X509_PUBKEY");
                                                              l.resolve(f.i2dX509Pubkey, "i2d_X509_PUBKEY");
                                                              l.resolve(f.x509Get0Pubkey, "X509_get0_pubkey");
                                                              l.resolve(f.x509CheckHost, "X509_check_host");
                                                              l.resolve(f.x509CheckIssued, "X509_check_issued");
                                                              l.resolve(f.x509Verify, "X509_verify");
                                                              l.resolve(f.storeNew, "X509_STORE_new");
                                                              l.resolve(f.storeFree, "X509_STORE_free");
                                                              l.resolve(f.storeAddCert, "X509_STORE_add_cert");
                                                              l.resolve(f.storeCtxNew, "X509_STORE_CTX_new");
                                                              l.resolve(f.storeCtxFree, "X509_STORE_CTX_free");
                                                              l.resolve(f.storeCtxInit, "X509_STORE_CTX_init");
                                                              l.resolve(f.storeCtxSetPurpose, "X509_STORE_CTX_set_purpose");
                                                              l.resolve(f.verifyCert, "X509_verify_cert");
                                                              l.resolve(f.d2iPubkey, "d2i_PUBKEY");
                                                              l.resolve(f.pkeyGetBits, "EVP_PKEY_get_bits");
                                                              l.resolve(f.pkeyFree, "EVP_PKEY_free");
                                                          });
    return once;
}

} // namespace

const Functions *load(QString *error)
{
    return library().get(error);
}

} // namespace selfmx::smtp::crypto
