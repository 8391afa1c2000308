struct Client;

impl russh::client::Handler for Client {
    type Error = russh::Error;

    // ruleid: rs.ssh-host-key-not-checked
    async fn check_server_key(&mut self, _server_public_key: &PublicKey) -> Result<bool, Self::Error> {
        Ok(true)
    }
}

impl thrussh::client::Handler for Old {
    // ruleid: rs.ssh-host-key-not-checked
    fn check_server_key(self, _key: &key::PublicKey) -> Self::FutureBool {
        futures::future::ready(Ok((self, true)));
        return Ok(true);
    }
}

impl Handler for Trusting {
    // ruleid: rs.ssh-host-key-not-checked
    async fn check_server_key(&mut self, _k: &PublicKey) -> Result<bool, Self::Error> {
        // TODO: verify
        return Ok(true)
    }
}

impl Handler for Checked {
    // ok: rs.ssh-host-key-not-checked
    async fn check_server_key(&mut self, key: &PublicKey) -> Result<bool, Self::Error> {
        Ok(russh::keys::check_known_hosts(&self.host, self.port, key)?)
    }
}

impl Handler for Pinned {
    // ok: rs.ssh-host-key-not-checked
    async fn check_server_key(&mut self, key: &PublicKey) -> Result<bool, Self::Error> {
        if key.fingerprint(HashAlg::Sha256) != self.pin {
            return Ok(false);
        }
        Ok(true)
    }
}

// ok: rs.ssh-host-key-not-checked
fn check_server_key_cache() -> Result<bool, ()> {
    Ok(false)
}
