from tests.trainer_support import data_home

__all__ = ["data_home"]
