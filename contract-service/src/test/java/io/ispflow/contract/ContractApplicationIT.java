package io.ispflow.contract;

import io.ispflow.testsupport.ServiceBootContract;

class ContractApplicationIT extends ServiceBootContract {}
