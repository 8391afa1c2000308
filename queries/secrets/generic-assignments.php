<?php
// ruleid: secret.generic-assignment
$config['api_key'] = '{{fake:alnum:32}}';
$db = [
    // ruleid: secret.generic-assignment
    'password' => '{{fake:alnum:16}}',
    // ok: secret.generic-assignment
    'password_confirmation' => 'required|same:password',
];
// ok: secret.generic-assignment
$token = getenv('TOKEN');
